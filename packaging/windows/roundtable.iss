; Inno Setup script: the Windows installer of the one-folder build (iscc packaging\windows\roundtable.iss
; after `pyinstaller packaging/roundtable.spec`). Per-user install by default (no administrator
; needed on an organiser's laptop); settings live in %APPDATA%\Roundtable, never beside the program.
#define AppName "Roundtable"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D7A0E-3A55-4C52-9B2B-2F6B0B3E5A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Roundtable
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=Roundtable-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\roundtable.ico
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
; Signing: see packaging/README.md (signtool on the built installer; never a fake certificate).

[Files]
Source: "..\..\dist\roundtable\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\Roundtable.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Roundtable.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; Double-clicking a .roundtable vault opens it in Roundtable (per user).
Root: HKA; Subkey: "Software\Classes\.roundtable"; ValueType: string; ValueData: "Roundtable.Vault"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Roundtable.Vault"; ValueType: string; ValueData: "Roundtable vault"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Roundtable.Vault\shell\open\command"; ValueType: string; ValueData: """{app}\Roundtable.exe"" ""%1"""

[Run]
Filename: "{app}\Roundtable.exe"; Description: "Start Roundtable"; Flags: nowait postinstall skipifsilent
