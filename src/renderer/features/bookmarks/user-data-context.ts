import { createContext, useContext } from 'react'
import { EMPTY_USER_DATA, type UserDataIndex } from '../../../shared/projects/filter'

/** The user-data index for table cells: context reaches memoised rows without re-creating columns. */
export const UserDataContext = createContext<UserDataIndex>(EMPTY_USER_DATA)

export const useUserDataContext = (): UserDataIndex => useContext(UserDataContext)
