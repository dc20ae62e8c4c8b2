# Builds InnerSpace for Windows x64:
#   dist\innerspace\                                  the PyInstaller one-folder bundle
#   dist\InnerSpace-<version>-windows-x64-setup.exe   the per-user Inno Setup installer
#
# Usage (PowerShell, from anywhere):  packaging\windows\build_windows.ps1
# Needs Python 3.11+ (the py launcher from python.org) and Inno Setup 6 (ISCC.exe on PATH or in
# its default folder). Set $env:PYTHON to use another interpreter, e.g. "C:\Python311\python.exe".
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$PyInstallerVersion = "6.22.3"
$HooksContribVersion = "2026.9"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Venv = "build\venv-windows"
$Bundle = "dist\innerspace"

function Invoke-Native {
    # Runs a program and stops on a non-zero exit code, which PowerShell does not do by itself.
    # A plain function (no param block), so arguments such as -m reach the program untouched.
    $Program, $Arguments = $args
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with $LASTEXITCODE" }
}

function Step([string]$Text) { Write-Host "`n==> $Text" }

Step "Build environment ($Venv)"
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    if ($env:PYTHON) { Invoke-Native $env:PYTHON -m venv $Venv }
    else { Invoke-Native py -3.11 -m venv $Venv }
}
$Python = "$Venv\Scripts\python.exe"
Invoke-Native $Python -m pip install --quiet --disable-pip-version-check --editable . `
    "pyinstaller==$PyInstallerVersion" "pyinstaller-hooks-contrib==$HooksContribVersion"
$Version = (& $Python -c "import innerspace; print(innerspace.__version__)").Trim()

Step "Icons"
Invoke-Native $Python packaging\make_icons.py build\icons

Step "Freezing with PyInstaller $PyInstallerVersion"
$Started = Get-Date
Invoke-Native "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\innerspace.spec
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("froze in {0:N0} s; bundle: {1:N0} MB" -f ((Get-Date) - $Started).TotalSeconds, $Size)

Step "Checking the frozen app"
# A windowed exe has no console to print to, so the checks read the exit code.
$env:QT_QPA_PLATFORM = "offscreen"
foreach ($Check in @("--version", "--smoke-test")) {
    $Run = Start-Process -FilePath "$Bundle\InnerSpace.exe" -ArgumentList $Check -Wait -PassThru
    if ($Run.ExitCode -ne 0) { throw "InnerSpace.exe $Check exited with $($Run.ExitCode)" }
    Write-Host "InnerSpace.exe $Check exited with 0"
}
Remove-Item Env:QT_QPA_PLATFORM

Step "Installer"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
Invoke-Native $Iscc /Q "/DAppVersion=$Version" packaging\windows\innerspace.iss
Write-Host "dist\InnerSpace-$Version-windows-x64-setup.exe"
