; Registers sandscape:// links for the installed app (per user or per machine, as installed),
; and removes them on uninstall. Included by electron-builder's NSIS script.
!macro customInstall
  WriteRegStr SHCTX "Software\Classes\sandscape" "" "URL:Sandscape link"
  WriteRegStr SHCTX "Software\Classes\sandscape" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\sandscape\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr SHCTX "Software\Classes\sandscape\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey SHCTX "Software\Classes\sandscape"
!macroend
