import { writeFile } from 'node:fs/promises'
import type { PrintToPDFOptions } from 'electron'
import type { PrintToPdfRequest, PrintToPdfResult } from '../shared/ipc/contract'
import { fileSystemReason } from './file-save'

export interface PdfPrinter {
  /** webContents.printToPDF of the page that asked. */
  print: (options: PrintToPDFOptions) => Promise<Uint8Array>
  /** Resolves to the chosen path, or undefined when the user cancels. */
  choosePath: (suggestedName: string) => Promise<string | undefined>
  write?: (path: string, data: Uint8Array) => Promise<void>
}

/** The page's own print stylesheet decides what shows; the paper follows the user's locale. */
export function pdfOptions(pageSize: PrintToPdfRequest['pageSize']): PrintToPDFOptions {
  return { pageSize, printBackground: true, preferCSSPageSize: false, generateTaggedPDF: true, generateDocumentOutline: true }
}

/** Prints the page to PDF and saves it where the user chooses; failures become readable reasons. */
export async function printToPdfFile(request: PrintToPdfRequest, printer: PdfPrinter): Promise<PrintToPdfResult> {
  let data: Uint8Array
  try {
    data = await printer.print(pdfOptions(request.pageSize))
  } catch {
    return { saved: false, error: 'The page could not be printed to PDF.' }
  }
  const target = await printer.choosePath(request.suggestedName)
  if (!target) return { saved: false }
  try {
    await (printer.write ?? writeFile)(target, data)
    return { saved: true, path: target }
  } catch (error) {
    return { saved: false, error: `${fileSystemReason(error, 'The file could not be written.')} (${target})` }
  }
}
