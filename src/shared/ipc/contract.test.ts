import { describe, expect, it } from 'vitest'
import { SaveTextFileRequest } from './contract'

describe('SaveTextFileRequest', () => {
  it('takes text, or a binary file as base64 and nothing else', () => {
    expect(SaveTextFileRequest.safeParse({ suggestedName: 'intake.csv', content: 'a,b\r\n' }).success).toBe(true)
    expect(SaveTextFileRequest.safeParse({ suggestedName: 'intake.png', content: 'iVBORw0KGgo=', encoding: 'base64' }).success).toBe(true)
    expect(SaveTextFileRequest.safeParse({ suggestedName: 'intake.png', content: '<svg onload=alert(1)>', encoding: 'base64' }).success).toBe(false)
    expect(SaveTextFileRequest.safeParse({ suggestedName: 'intake.png', content: 'AAAA', encoding: 'hex' }).success).toBe(false)
  })
})
