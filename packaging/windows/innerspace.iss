; Inno Setup 6 script for InnerSpace: a per-user installer for the PyInstaller bundle.
;
; Build the bundle and icons first (packaging\windows\build_windows.ps1 does all of it), then:
;   ISCC.exe /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 packaging\windows\innerspace.iss
;
; AppVersion is the release's own name (0.2.0rc1 for a pre-release); NumericVersion is the
; four-number form Windows file versions need.
;
; The journal lives in %LOCALAPPDATA%\InnerSpace, apart from the program folder. Neither the
; uninstaller nor an upgrade ever deletes it: there is deliberately no [UninstallDelete] entry
; and no code that touches it.

#define AppName "InnerSpace"
#define AppExe "InnerSpace.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef NumericVersion
  #define NumericVersion "0.1.0.0"
#endif
#define Root "..\.."

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId=org.innerspace.InnerSpace
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=InnerSpace maintainers
AppCopyright=Copyright (C) InnerSpace maintainers; GPL-3.0-or-later
VersionInfoVersion={#NumericVersion}
VersionInfoProductTextVersion={#AppVersion}
; Per user by default: no administrator rights, installs to %LOCALAPPDATA%\Programs\InnerSpace.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\build\icons\innerspace.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=InnerSpace-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files, so libraries dropped by a newer build don't linger.
; This is the program folder only; the journal is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\innerspace\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

; The console companion: "innerspace list" and the other commands print in a terminal. It sits
; beside InnerSpace.exe; Windows runs innerspace.com first when both could answer "innerspace".

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The program folder must never be the journal's folder: an upgrade replaces {app}\_internal.
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslashUnlessRoot(WizardDirValue),
                  ExpandConstant('{localappdata}\{#AppName}')) = 0) then
  begin
    MsgBox('This folder holds your journal. Please choose another folder for the program.',
           mbError, MB_OK);
    Result := False;
  end;
end;
