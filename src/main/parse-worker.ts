// Entry of the utility process that parses what main downloads (src/shared/parsing): a hostile
// or huge file takes this process's time and memory, never the app's, and Cancel or the time
// budget ends it at once.
import { answer, type TaskRequest } from '../shared/parsing/tasks'

process.parentPort.on('message', (event) => {
  process.parentPort.postMessage(answer(event.data as TaskRequest))
})
