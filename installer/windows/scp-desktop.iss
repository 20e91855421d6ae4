; Inno Setup script for SCP Desktop (Windows). build_installer.py runs it when `iscc` is on PATH:
;   iscc /DAppVersion=0.1.0 installer\windows\scp-desktop.iss
; It packs dist\scp-desktop (the PyInstaller one-folder bundle) into dist\scp-desktop-VERSION-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5C1E6B2A-6F3D-4B8E-9C71-3D2A7E9F0B14}
AppName=SCP Desktop
AppVersion={#AppVersion}
AppPublisher=SCP Desktop
DefaultDirName={autopf}\SCP Desktop
DefaultGroupName=SCP Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=scp-desktop-{#AppVersion}-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\scp-desktop.exe

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\scp-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\SCP Desktop"; Filename: "{app}\scp-desktop.exe"
Name: "{autodesktop}\SCP Desktop"; Filename: "{app}\scp-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\scp-desktop.exe"; Description: "{cm:LaunchProgram,SCP Desktop}"; Flags: nowait postinstall skipifsilent
