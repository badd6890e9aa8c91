/**
 * The Russian glossary: how Sandscape says things in Russian, in the UI (i18n/ru.ts) and in every
 * curated text (resources/curation). One place to decide, so a term reads the same everywhere.
 *
 * - `terms`: recurring technical words. `ru` is the chosen form; `keepEnglish` says when the
 *   English word stays as it is; `avoid` lists forms we do not write. An avoided form is a word
 *   or phrase matched at a word start, case-insensitively, with ё read as е; `*` stands for any
 *   letters (an ending). `names` are proper names in which the English word stays even so.
 *   glossary.test.ts checks the UI strings and the curated text against them.
 * - `maturity`, `timeline`, `markers`: the labels for CNCF maturity levels, the steps of a
 *   project's maturity timeline and the 2023 intake markers.
 * - `categories`, `subcategories`, `personas`: landscape values, shown in Russian in the Russian UI
 *   (search finds both forms). A value that is not listed (new upstream) is shown as it is.
 */

export interface GlossaryTerm {
  en: string
  ru: string
  /** When the English term is written as it is, in Latin letters. */
  keepEnglish?: string
  avoid?: string[]
  /** Proper names that keep an avoided form as they are (a product or API name). */
  names?: string[]
  note?: string
}

export const RU_TERMS: GlossaryTerm[] = [
  {
    en: 'graduated (maturity level)', ru: 'выпускник; проект-выпускник CNCF',
    note: 'As Russian engineers say of CNCF projects that finished incubation. The chip reads «Выпускник».',
    avoid: ['выпущен*'],
  },
  { en: 'incubating (maturity level)', ru: 'инкубация; проект на стадии инкубации' },
  {
    en: 'Sandbox (maturity level)', ru: 'Sandbox', keepEnglish: 'always, as the CNCF level is named',
    note: '«песочница» only for isolation sandboxes (Kuasar), never for the CNCF level.',
  },
  {
    en: 'archived', ru: 'в архиве (state); перенесён в архив (event)',
    avoid: ['заархивир*', 'архивирова*', 'архивн*', 'переведен* в архив', 'отправлен* в архив', 'ушел в архив', 'ушедш* в архив'],
  },
  {
    en: 'namespace', ru: 'пространство имён',
    keepEnglish: 'in names of objects and code only (kube-system)', avoid: ['namespace*', 'неймспейс*'],
  },
  {
    en: 'AI', ru: 'ИИ', keepEnglish: 'in proper names', avoid: ['AI', 'A.I.'],
    names: ['Heterogeneous AI Computing Virtualization Middleware', 'Kubernetes AI Toolchain Operator'],
  },
  { en: 'machine learning, ML', ru: 'машинное обучение; ML в составе слов (ML-модели)' },
  {
    en: 'control plane', ru: 'control plane', keepEnglish: 'always: the term Russian engineers use',
    avoid: ['управляющ* сло*', 'плоскост* управлени*'],
  },
  { en: 'data plane', ru: 'data plane', keepEnglish: 'always', avoid: ['плоскост* данн*'] },
  { en: 'logs, logging', ru: 'логи; сбор логов', avoid: ['журнал*', 'логгирован*'] },
  { en: 'pipeline', ru: 'пайплайн', avoid: ['конвейер*'] },
  { en: 'bare metal', ru: 'bare metal', keepEnglish: 'always', avoid: ['голо* желез*', 'голом железе'] },
  { en: 'node', ru: 'узел', avoid: ['нода', 'ноды', 'ноде', 'нодах', 'нодами', 'нод'] },
  { en: 'runtime', ru: 'среда выполнения', avoid: ['рантайм*'] },
  { en: 'deploy, deployment', ru: 'развёртывание; развернуть', avoid: ['деплой*', 'задеплои*', 'раскат*', 'выкатк*'] },
  { en: 'release (of software)', ru: 'релиз', avoid: ['выпуск', 'выпуска', 'выпуске', 'выпуски', 'выпусков'] },
  { en: 'service mesh', ru: 'service mesh', keepEnglish: 'always', avoid: ['сервисн* сет*', 'сервис-меш*'] },
  { en: 'custom resource, CRD', ru: 'пользовательский ресурс; CRD', avoid: ['custom resource*', 'кастомн* ресурс*'] },
  { en: 'workload', ru: 'нагрузка (рабочая нагрузка)', avoid: ['workload*', 'ворклоад*'], names: ['Workload API'] },
  { en: 'edge', ru: 'edge (edge-узлы, на edge)', keepEnglish: 'always', avoid: ['периферийн*'] },
  { en: 'stateful', ru: 'stateful (stateful-приложения)', keepEnglish: 'always', avoid: ['с отслеживанием состояния'] },
  { en: 'sidecar', ru: 'sidecar', keepEnglish: 'always' },
  { en: 'container image', ru: 'образ контейнера' },
  { en: 'registry', ru: 'реестр', avoid: ['реджистри', 'регистри'] },
  { en: 'multi-tenancy', ru: 'мультитенантность', avoid: ['multi-tenan*', 'многоарендн*'] },
  { en: 'observability', ru: 'наблюдаемость', avoid: ['обсервабилити'] },
  { en: 'tracing', ru: 'трассировка', avoid: ['трейсинг*'] },
  { en: 'Helm chart', ru: 'Helm-чарт', avoid: ['Helm chart*', 'хелм*'] },
  { en: 'chaos engineering', ru: 'хаос-инжиниринг', avoid: ['chaos engineering', 'хаос-инженери*'] },
  { en: 'cloud native', ru: 'cloud native', keepEnglish: 'always', avoid: ['облачно-нативн*'] },
  { en: 'serverless', ru: 'serverless', keepEnglish: 'always', avoid: ['бессерверн*'] },
  { en: 'GitOps, CI/CD, CLI, API, CNI, CSI, eBPF, Wasm', ru: 'as in English', keepEnglish: 'always: names of techniques and interfaces' },
  { en: 'policy', ru: 'политика' },
  { en: 'secret', ru: 'секрет', keepEnglish: 'for the Kubernetes object: Secret' },
  { en: 'operator (Kubernetes)', ru: 'оператор' },
  { en: 'virtual machine, VM', ru: 'виртуальная машина, ВМ', avoid: ['виртуалк*'] },
]

export const RU_MATURITY = { sandbox: 'Sandbox', incubating: 'Инкубация', graduated: 'Выпускник', archived: 'В архиве' } as const

/** Steps of a project's CNCF life, as the maturity timeline labels them. */
export const RU_TIMELINE = {
  joined: 'Присоединился к CNCF',
  accepted: 'Принят в CNCF',
  incubating: 'Переведён в инкубацию',
  graduated: 'Стал выпускником',
  archived: 'Перенесён в архив',
} as const

/** The 2023 intake: a fact from the dates, and a fact about the article. */
export const RU_MARKERS = {
  sandbox2023: 'Sandbox 2023',
  accepted2023: 'Принят в Sandbox в 2023 году',
  reviewed2023: 'Разобран в обзорной статье 2023 года',
  article: 'обзорная статья о проектах, принятых в CNCF Sandbox в 2023 году (на русском языке, 2024)',
} as const

export const RU_CATEGORIES: Record<string, string> = {
  'AI Agent': 'ИИ-агенты',
  'AI Native Infra': 'Инфраструктура для ИИ',
  'App Definition and Development': 'Описание и разработка приложений',
  Data: 'Данные',
  Inference: 'Инференс',
  'Observability and Analysis': 'Наблюдаемость и анализ',
  'Orchestration & Management': 'Оркестрация и управление',
  Platform: 'Платформы',
  Provisioning: 'Подготовка инфраструктуры',
  Runtime: 'Среда выполнения',
  Serverless: 'Serverless',
  Wasm: 'Wasm',
}

export const RU_SUBCATEGORIES: Record<string, string> = {
  'Agent Framework': 'Фреймворки для агентов',
  'API Gateway': 'API-шлюзы',
  'Application Definition & Image Build': 'Описание приложений и сборка образов',
  'Application Frameworks': 'Фреймворки приложений',
  'Automation & Configuration': 'Автоматизация и конфигурация',
  'Certified Kubernetes - AI Platform': 'Сертифицированный Kubernetes: платформа для ИИ',
  'Certified Kubernetes - Distribution': 'Сертифицированный Kubernetes: дистрибутив',
  'Certified Kubernetes - Installer': 'Сертифицированный Kubernetes: установщик',
  'Chaos Engineering': 'Хаос-инжиниринг',
  'Cloud Native Network': 'Сети',
  'Cloud Native Storage': 'Хранилища',
  'Container Registry': 'Реестры контейнеров',
  'Container Runtime': 'Среды выполнения контейнеров',
  'Continuous Integration & Delivery': 'Непрерывная интеграция и доставка',
  'Continuous Optimization': 'Непрерывная оптимизация',
  'Coordination & Service Discovery': 'Координация и обнаружение сервисов',
  'Data Architecture': 'Архитектура данных',
  Database: 'Базы данных',
  Edge: 'Edge',
  'Embedded Functions': 'Встраиваемые функции',
  'Feature Flagging': 'Фича-флаги',
  Framework: 'Фреймворки',
  Gateway: 'Шлюзы',
  'Governance, Policy & Security': 'Управление, политики и безопасность',
  'Governance, Policy and Security': 'Управление, политики и безопасность',
  'Installable Platform': 'Устанавливаемые платформы',
  'Installable Platforms': 'Устанавливаемые платформы',
  'Key Management': 'Управление ключами',
  'Model Asset and Registry': 'Модели и их реестры',
  Network: 'Сети',
  Observability: 'Наблюдаемость',
  'Orchestration & Management': 'Оркестрация и управление',
  'Orchestration and Scheduling': 'Оркестрация и планирование',
  'Remote Procedure Call': 'Удалённый вызов процедур (RPC)',
  Runtimes: 'Среды выполнения',
  'Scheduling & Orchestration': 'Планирование и оркестрация',
  'Security & Compliance': 'Безопасность и соответствие требованиям',
  'Service Mesh': 'Service mesh',
  'Service Proxy': 'Сервисные прокси',
  Storage: 'Хранилища',
  'Streaming & Messaging': 'Потоковая обработка и обмен сообщениями',
  Tools: 'Инструменты',
  'Workload Runtime': 'Среды выполнения нагрузок',
}

/** Keyed in lower case with spaces around "/" removed, as personaKey() reads them. */
export const RU_PERSONAS: Record<string, string> = {
  administrators: 'Администраторы',
  'api managers': 'Менеджеры API',
  'api owners': 'Владельцы API',
  'application developer': 'Разработчик приложений',
  'application developers': 'Разработчики приложений',
  architects: 'Архитекторы',
  auditors: 'Аудиторы',
  ciso: 'Директора по информационной безопасности (CISO)',
  'cloud architects': 'Облачные архитекторы',
  'cloud developers': 'Облачные разработчики',
  'cluster admins': 'Администраторы кластеров',
  'cluster administrators': 'Администраторы кластеров',
  'compliance officers': 'Специалисты по соответствию требованиям',
  'control assessors': 'Оценщики мер контроля',
  'control providers': 'Поставщики мер контроля',
  'database administrators': 'Администраторы баз данных',
  dba: 'Администраторы баз данных (DBA)',
  dbas: 'Администраторы баз данных (DBA)',
  developers: 'Разработчики',
  'developers and sre/devops engineers': 'Разработчики, SRE- и DevOps-инженеры',
  devops: 'DevOps',
  'devops & platform engineers': 'DevOps- и платформенные инженеры',
  'devops and platform engineers': 'DevOps- и платформенные инженеры',
  'devops engineer': 'DevOps-инженер',
  'devops engineers': 'DevOps-инженеры',
  'devops practitioners': 'Специалисты DevOps',
  devsecops: 'DevSecOps',
  'devsecops practitioners': 'Специалисты DevSecOps',
  engineers: 'Инженеры',
  'enterprise architects': 'Корпоративные архитекторы',
  'enterprise operator': 'Эксплуатация в компаниях',
  'finops practitioners': 'Специалисты FinOps',
  'infrastructure teams': 'Инфраструктурные команды',
  'it managers': 'ИТ-руководители',
  'kubernetes administrators': 'Администраторы Kubernetes',
  'kubernetes architects': 'Архитекторы Kubernetes',
  'kubernetes operators': 'Инженеры эксплуатации Kubernetes',
  'ml engineers': 'ML-инженеры',
  'network engineers': 'Сетевые инженеры',
  'network teams': 'Сетевые команды',
  operators: 'Инженеры эксплуатации',
  'platform architect': 'Архитектор платформы',
  'platform engineering': 'Платформенная инженерия',
  'platform engineers': 'Платформенные инженеры',
  'platform teams': 'Платформенные команды',
  'policy authors': 'Авторы политик',
  'postgresql administrators': 'Администраторы PostgreSQL',
  'product security and ciso': 'Безопасность продуктов и CISO',
  'qa testers': 'Тестировщики',
  'quality assurance engineer': 'Инженер по обеспечению качества',
  'registry administrators': 'Администраторы реестров',
  regulators: 'Регуляторы',
  'repository administrators': 'Администраторы репозиториев',
  'security admin': 'Администратор безопасности',
  'security admins': 'Администраторы безопасности',
  'security engineers': 'Инженеры по безопасности',
  'security teams': 'Команды безопасности',
  sre: 'SRE-инженеры',
  'sre engineers': 'SRE-инженеры',
  'sre/devops engineers': 'SRE- и DevOps-инженеры',
  sres: 'SRE-инженеры',
  'sustainability officers': 'Специалисты по устойчивому развитию',
  'system admin': 'Системный администратор',
  'system administrators': 'Системные администраторы',
  'system owners': 'Владельцы систем',
  sysadmins: 'Системные администраторы',
  'tools groups': 'Команды разработки инструментов',
}
