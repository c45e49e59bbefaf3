; Inno Setup script for Skill Ladder on Windows: a per-user installer (no administrator rights)
; of the PyInstaller folder dist\skill-ladder, with a Start-menu entry and an uninstaller.
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\skill-ladder.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\skill-ladder.iss
;
; The version comes from pyproject.toml through the build (the installers workflow reads it);
; the result is dist\skill-ladder-<version>-setup.exe. The user's data
; (%LOCALAPPDATA%\skill-ladder) is not removed by the uninstaller.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z skill-ladder.iss
#endif

#define AppName "Skill Ladder"
#define GuiExe "SkillLadder.exe"
#define Root SourcePath + "..\.."

[Setup]
AppId={{AD0F2BEE-7842-40B8-9559-BAEB875CF93D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Skill Ladder developers
; Per user, without elevation: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=skill-ladder-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\skill-ladder.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\skill-ladder\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Rate your skills, keep the history, plan your growth"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Bytecode Python or Alembic might have cached next to the scripts (none is expected).
Type: filesandordirs; Name: "{app}\_internal\db\migrations"
Type: dirifempty; Name: "{app}"
