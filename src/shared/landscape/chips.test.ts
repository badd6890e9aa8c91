import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isShortName, toChips } from './normalize-common'
import { normalizeLandscapeYaml } from './landscape-yml'

// Checked independently of the normaliser's own rule: what a reader would call a sentence, a
// link or Markdown on a chip.
function chipProblem(chip: string): string | undefined {
  if (/https?:|www\.|\.(io|com|org|dev|sh)\//i.test(chip)) return 'a URL'
  if (/\]\(|^\[|\]$|`|\*\*|^#/.test(chip)) return 'Markdown'
  if (chip.split(/\s+/).length > 6 || /\w[.!?;]\s+\w/.test(chip) || /^(and|or|see|e\.g|such as|which|the)\b/i.test(chip) || /\betc\b/i.test(chip)) return 'a sentence or fragment'
  if ((chip.match(/\(/g) ?? []).length !== (chip.match(/\)/g) ?? []).length) return 'a fragment (unbalanced brackets)'
  return undefined
}

describe('toChips', () => {
  it('splits a list of names and drops a closing etc.', () => {
    expect(toChips('Calico, Flannel, Grafana etc.')).toEqual(['Calico', 'Flannel', 'Grafana'])
    expect(toChips(['Prometheus', 'prometheus', ' Helm '])).toEqual(['Prometheus', 'Helm'])
  })

  it.each([
    ['a sentence', 'Due to its design it is used by many projects such as Kubernetes, CoreDNS and Vault.'],
    ['a bare link', 'https://example.org/integrations/'],
    ['Markdown links', 'Prometheus, [and many more.](https://example.org/ecosystem/)'],
    ['a clause after names', 'Kubernetes, HPA, any Ingress controller that works at the Service level'],
    ['a persona sentence', 'Users who are deploying data-intensive applications.'],
  ])('keeps %s whole: no chips, and says so', (_name, text) => {
    const heard: string[] = []
    expect(toChips(text, (t) => heard.push(t))).toEqual([])
    expect(heard).toEqual([text])
  })

  it('reads short names as names', () => {
    for (const name of ['Prometheus', 'Platform Engineers', 'CSI (Container Storage Interface)', 'ACME / Let\'s Encrypt', 'C#', 'SRE/DevOps']) {
      expect(isShortName(name), name).toBe(true)
    }
  })
})

const snapshotUrl = new URL('../../../../shared/landscape/landscape.yml', import.meta.url)

describe.runIf(existsSync(snapshotUrl))('chips from the whole landscape snapshot', () => {
  const { projects } = normalizeLandscapeYaml(readFileSync(snapshotUrl, 'utf8'))

  it('reads all 255 CNCF projects', () => {
    expect(projects).toHaveLength(255)
  })

  it('has no chip that looks like a sentence, a URL or Markdown', () => {
    const problems = projects.flatMap((p) => (['tags', 'personas', 'integrations'] as const)
      .flatMap((field) => p[field].map((chip) => [p.id, field, chip, chipProblem(chip)])))
      .filter(([, , , problem]) => problem !== undefined)
    expect(problems).toEqual([])
  })
})
