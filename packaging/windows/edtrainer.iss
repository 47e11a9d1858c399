; Inno Setup 6 script: edtrainer's Windows installer, for one user, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\edtrainer.iss      -> dist\edtrainer-0.1.0-windows-x64-setup.exe
;
; Needs the PyInstaller folder dist\edtrainer\ first (packaging\edtrainer.spec with packaging\platforms.py:
; edtrainer.exe for the command line, edtrainerw.exe for the window). .github\workflows\release.yml builds
; both and passes the version from pyproject.toml. Cannot be built on Linux; see packaging\README.md.
;
; The user's data is never removed: the database, backups, the signing key and the settings live in
; %LOCALAPPDATA%\edtrainer (platformdirs, see edtrainer\paths.py), a folder this installer does not create
; and its uninstaller does not know. There is deliberately no [UninstallDelete] section: uninstalling
; removes only the files installed here (in {app}) and the shortcuts.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z edtrainer.iss (the workflow takes it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\edtrainer"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; Never change AppId: Windows finds an installed edtrainer by it (upgrades, uninstall). The same reverse-DNS
; id as the Linux desktop entry and edtrainer.paths.APP_ID.
AppId=nl.edtrainer.Edtrainer
AppName=edtrainer
AppVersion={#AppVersion}
AppVerName=edtrainer {#AppVersion}
AppPublisher=The edtrainer team
AppPublisherURL=https://edtrainer.nl/
AppSupportURL=https://edtrainer.nl/handleiding/
AppCopyright=EUPL-1.2
; Per user: %LOCALAPPDATA%\Programs\edtrainer (what {autopf} means without administrator rights).
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\edtrainer
DisableProgramGroupPage=yes
DefaultGroupName=edtrainer
; Qt 6 runs on 64-bit Windows 10 and later.
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=edtrainer-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\edtrainer.ico
UninstallDisplayIcon={app}\edtrainerw.exe
UninstallDisplayName=edtrainer
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An open edtrainer is asked to close before its files are replaced.
CloseApplications=yes
; The "add to PATH" task changes the user's environment.
ChangesEnvironment=yes
ShowLanguageDialog=auto

[Languages]
; Dutch first: the language the installer starts in when Windows is not set to another one it knows.
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.AddToPath=De opdracht edtrainer toevoegen aan PATH (voor de opdrachtregel)
en.AddToPath=Add the edtrainer command to PATH (for the command line)
nl.CommandLine=Opdrachtregel:
en.CommandLine=Command line:
nl.AppComment=Opleidingen tot ervaringsdeskundige bijhouden
en.AppComment=Run training programmes for experience experts
nl.DataKept=Uw gegevens (database, reservekopieën, sleutel en instellingen) staan nog in %1. Verwijder die map zelf als u ze niet meer nodig hebt.
en.DataKept=Your data (database, backups, key and settings) is still in %1. Remove that folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean program folder: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The windowed program: no console window beside the app.
Name: "{autoprograms}\edtrainer"; Filename: "{app}\edtrainerw.exe"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\edtrainer"; Filename: "{app}\edtrainerw.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; The user's PATH only (HKCU), and only once.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: addtopath; Check: NotInPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\edtrainerw.exe"; Description: "{cm:LaunchProgram,edtrainer}"; Flags: nowait postinstall skipifsilent

[Code]
function UserPath(): string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Result) then
    Result := '';
end;

function NotInPath(Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(UserPath()) + ';') = 0;
end;

procedure RemoveFromPath(Dir: string);
var
  Path: string;
  P: Integer;
begin
  Path := UserPath();
  P := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';');
  if P = 0 then
    exit;
  { P is the place of the leading ';' in ';' + Path + ';', that is of Dir itself in Path. }
  Delete(Path, P, Length(Dir) + 1);
  if (Length(Path) > 0) and (Path[Length(Path)] = ';') then
    Delete(Path, Length(Path), 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: string;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    RemoveFromPath(ExpandConstant('{app}'));
    { Only tell where the data is; never delete it. }
    DataDir := ExpandConstant('{localappdata}\edtrainer');
    if DirExists(DataDir) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
