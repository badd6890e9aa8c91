// The renderer's parse worker (src/shared/parsing): backups, and in the web build the refresh's
// downloads and logos, are parsed here so the page never freezes on a large or hostile file.
import { answer, type TaskRequest } from '../../shared/parsing/tasks'

self.onmessage = (event: MessageEvent<TaskRequest>) => {
  self.postMessage(answer(event.data))
}
