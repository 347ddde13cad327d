; Inno Setup 6 script for deskdl: installs the PyInstaller one-folder build (dist\deskdl).
;
; Built by packaging/build.py on Windows, which passes the values below on the ISCC command line:
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\...\dist\deskdl /DOutputDir=C:\...\dist ^
;        [/DSpanDisks] packaging\windows\deskdl.iss
; build.py adds /DSpanDisks when the payload (dist\deskdl) passes 2 GB.
;
; Per-user by default: PrivilegesRequired=lowest installs into %LOCALAPPDATA%\Programs\deskdl with
; no administrator rights (lab machines where learners cannot elevate). A lab admin installs for
; every account with the /ALLUSERS switch (or the dialog), into Program Files:
;   deskdl-0.1.0-setup.exe /VERYSILENT /ALLUSERS /NORESTART
;
; The payload is about a gigabyte (TensorFlow). Above 2 GB uncompressed, DiskSpanning splits the
; compressed data into deskdl-<ver>-setup-N.bin slices beside the .exe (Inno Setup needs this
; above 4.2 GB compressed, and some USB sticks and mail gateways choke on single files > 2 GB).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\deskdl"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "deskdl"
#define AppExe "deskdl.exe"

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{6B0D5E3C-6A1E-4C59-9E7B-2E5D1C4A8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=deskdl
AppComments=Learn deep learning by doing: build, train and look inside real Keras models.
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
; TensorFlow ships 64-bit Windows builds only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\deskdl.ico
WizardStyle=modern
Compression=lzma2/normal
; Solid compression would make uninstall-and-repair slower and the compile far longer on 1 GB.
SolidCompression=no
LZMANumBlockThreads=4
ChangesAssociations=yes
CloseApplications=yes
#ifdef SpanDisks
DiskSpanning=yes
DiskSliceSize=2000000000
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "Open .deskdl projects and .deskdl-lesson hand-outs with deskdl"; GroupDescription: "File types:"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version may drop files; stale Python modules beside the new ones confuse the loader.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKLM for /ALLUSERS installs, HKCU for per-user installs.
Root: HKA; Subkey: "Software\Classes\.deskdl"; ValueType: string; ValueName: ""; ValueData: "deskdl.project"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.project"; ValueType: string; ValueName: ""; ValueData: "deskdl project"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --project ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\.deskdl-lesson"; ValueType: string; ValueName: ""; ValueData: "deskdl.lesson"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.lesson"; ValueType: string; ValueName: ""; ValueData: "deskdl lesson"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.lesson\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\deskdl.lesson\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --project ""%1"""; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
