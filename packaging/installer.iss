; Inno Setup 6.4+ script: the Windows installer of Työllisyysohjelma.
;
; Compile through packaging/build.py (it builds dist\Tyollisyysohjelma first and
; passes the version from pyproject.toml), or by hand after a build:
;   ISCC /DAppVersion=0.1.0 packaging\installer.iss
;
; Installs per user without administrator rights (into
; %LOCALAPPDATA%\Programs\Tyollisyysohjelma). IT can install for all users with
; /ALLUSERS on the command line, or by choosing it in the first dialog (that
; asks for administrator rights). Nothing is written into the app folder at
; run time; settings, recovery files and logs live in the user's own folders,
; and the uninstaller leaves them (a user's work is never deleted).
;
; The programme file type. Programmes are saved as NAME.tyohjelma (UTF-8
; JSON inside; planner.fileformat.FILE_SUFFIX). Windows picks a file's type by
; its LAST extension only, so older NAME.tyohjelma.json files are .json to
; Windows. We do not take over .json (it belongs to editors and browsers).
; Instead:
;   * ProgID Tyollisyysohjelma.Programme: "Työllisyysohjelma" with its own icon,
;     opening "planner-desktop.exe" "%1";
;   * .json lists that ProgID under OpenWithProgids, so "Open with" offers
;     Työllisyysohjelma for programme files without changing the default app;
;   * .tyohjelma, the extension new programmes are saved with, is associated
;     fully, with the programme-file icon, when the "associate" task is ticked.

#ifndef AppVersion
  #error AppVersion is not defined: compile with packaging\build.py or ISCC /DAppVersion=x.y.z
#endif
; Four numbers for the version resources (build.py passes them; "0.1.0" is valid too).
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
; The PyInstaller one-folder build and where the installer goes (relative to this script).
#ifndef AppFolder
  #define AppFolder "..\dist\Tyollisyysohjelma"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist\installer"
#endif

#define AppName "Työllisyysohjelma"
#define AppPublisher "Työllisyysohjelma-projekti"
#define AppExeName "planner-desktop.exe"
#define ProgId "Tyollisyysohjelma.Programme"
#define OwnExt ".tyohjelma"
#define FileIcon "{app}\_internal\resources\icons\programme-file.ico"

; AppFolder may be absolute (build.py) or relative to this script.
#if Pos(":", AppFolder) > 0
  #define AppFolderAbs AppFolder
#else
  #define AppFolderAbs AddBackslash(SourcePath) + AppFolder
#endif
#if !FileExists(AppFolderAbs + "\planner-desktop.exe") || !FileExists(AppFolderAbs + "\planner.exe")
  #error The app is not built: run python packaging\build.py first (planner-desktop.exe or planner.exe missing)
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall; never change it.
; ("{{" is an escaped brace.)
AppId={{6F7C2B1E-4D0A-4C55-9E39-2B8D1A7F3C61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=MIT-lisenssi
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} – asennusohjelma
VersionInfoProductName={#AppName}
; Per user by default, no UAC prompt; /ALLUSERS or the dialog for a machine-wide install.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf} = %LOCALAPPDATA%\Programs per user, Program Files for all users.
DefaultDirName={autopf}\Tyollisyysohjelma
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Tell Explorer to refresh file type icons at the end of (un)install.
ChangesAssociations=yes
; A running copy holds its DLLs: ask to close it before upgrading.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
SetupIconFile=..\resources\icons\app.ico
WizardStyle=modern
OutputDir={#OutputDir}
OutputBaseFilename=Tyollisyysohjelma-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; Show the language dialog only when the Windows UI language is none of ours.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; The first entry is the default when detection finds no match.
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#else
  #pragma message "Swedish.isl is missing from this Inno Setup (it ships with 6.4 and later): the installer has no Swedish"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.ProgrammeFileType=Työllisyysohjelma
sv.ProgrammeFileType=Sysselsättningsprogram
en.ProgrammeFileType=Employment programme
fi.AppComment=Työllisyysohjelman laatiminen, seuranta ja raportointi
sv.AppComment=Utarbetande, uppföljning och rapportering av sysselsättningsprogrammet
en.AppComment=Draft, follow up and report the employment programme

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssocFileExtension,{#AppName},{#OwnExt}}"

[InstallDelete]
; An upgrade replaces the libraries as a whole: stale files of an older build
; (a DLL that a newer Qt no longer ships) must not be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller folder: planner-desktop.exe, planner.exe, _internal\.
Source: "{#AppFolderAbs}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu (no folder of its own, as Windows guidelines ask) and optional desktop.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; HKA = HKCU\Software\Classes per user, HKLM\Software\Classes for all users.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ProgrammeFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{#FileIcon},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
; Our own single extension: default handler (task), always in "Open with".
Root: HKA; Subkey: "Software\Classes\{#OwnExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#OwnExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; *.tyohjelma.json is a .json file to Windows: offer the app in "Open with" only.
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The app's own entry for "Open with" lists.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#OwnExt}"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
