# Builds InnerSpace for Windows x64:
#   dist\innerspace\                                  the PyInstaller one-folder bundle:
#                                                     InnerSpace.exe (the app, no console) and
#                                                     innerspace.com (the same, for a console)
#   dist\InnerSpace-<version>-windows-x64-setup.exe   the per-user Inno Setup installer
#   dist\InnerSpace-<version>-windows-x64-portable.zip  the bundle to unpack anywhere
#   dist\innerspace-<version>-windows-x64.cdx.json    the CycloneDX SBOM of the bundle
#
# Usage (PowerShell, from anywhere):  packaging\windows\build_windows.ps1
# Needs Python 3.11+ (the py launcher from python.org) and Inno Setup 6 (ISCC.exe on PATH or in
# its default folder). Set $env:PYTHON to use another interpreter, e.g. "C:\Python311\python.exe".
#
# Signing (Authenticode) happens when $env:INNERSPACE_SIGN_PFX_BASE64 holds a code-signing
# certificate (.pfx, base64) and $env:INNERSPACE_SIGN_PFX_PASSWORD its password. With
# $env:INNERSPACE_REQUIRE_SIGNING set (tagged releases), a missing certificate fails the build.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Venv = "build\venv-windows"
$Bundle = "dist\innerspace"
$Lock = "packaging\locks\windows-x64.txt"
$TimestampUrl = "http://timestamp.digicert.com"
$env:PYTHONHASHSEED = "0"
if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct).Trim() }

function Invoke-Native {
    # Runs a program and stops on a non-zero exit code, which PowerShell does not do by itself.
    # A plain function (no param block), so arguments such as -m reach the program untouched.
    $Program, $Arguments = $args
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with $LASTEXITCODE" }
}

function Step([string]$Text) { Write-Host "`n==> $Text" }

$SignTool = $null
$Pfx = $null
if ($env:INNERSPACE_SIGN_PFX_BASE64) {
    $Pfx = Join-Path $env:RUNNER_TEMP "innerspace-sign.pfx"
    if (-not $env:RUNNER_TEMP) { $Pfx = Join-Path $env:TEMP "innerspace-sign.pfx" }
    [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:INNERSPACE_SIGN_PFX_BASE64))
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1 -ExpandProperty FullName
    if (-not $SignTool) { throw "signtool.exe not found (Windows SDK)" }
} elseif ($env:INNERSPACE_REQUIRE_SIGNING) {
    throw "a release must be signed: INNERSPACE_SIGN_PFX_BASE64 is not set"
} else {
    Write-Host "No signing certificate: this is an unsigned development build."
}

function Sign([string[]]$Files) {
    if (-not $SignTool) { return }
    Invoke-Native $SignTool sign /f $Pfx /p $env:INNERSPACE_SIGN_PFX_PASSWORD /fd sha256 `
        /tr $TimestampUrl /td sha256 @Files
    Invoke-Native $SignTool verify /pa @Files
}

Step "Build environment ($Venv)"
if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    if ($env:PYTHON) { Invoke-Native $env:PYTHON -m venv $Venv }
    else { Invoke-Native py -3.11 -m venv $Venv }
}
$Python = "$Venv\Scripts\python.exe"
Invoke-Native $Python -m pip install --quiet --disable-pip-version-check --require-hashes -r $Lock
Invoke-Native $Python -m pip install --quiet --disable-pip-version-check --no-deps `
    --no-build-isolation --editable .
$Version = (& $Python -c "import innerspace; print(innerspace.__version__)").Trim()
# Windows file versions are four numbers; a pre-release (0.2.0rc1) keeps its name elsewhere.
$Numbers = @([regex]::Matches($Version, "\d+") | Select-Object -First 3 | ForEach-Object { $_.Value })
while ($Numbers.Count -lt 3) { $Numbers += "0" }
$NumericVersion = ($Numbers + "0") -join "."

Step "Icons"
Invoke-Native $Python packaging\make_icons.py build\icons

Step "Freezing"
$Started = Get-Date
Invoke-Native "$Venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\innerspace.spec
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB
Write-Host ("froze in {0:N0} s; bundle: {1:N0} MB" -f ((Get-Date) - $Started).TotalSeconds, $Size)

Step "Checking the frozen app"
$env:QT_QPA_PLATFORM = "offscreen"
# innerspace.com has a console: it prints, and an import error fails here instead of opening a
# dialog that waits for a click.
$Reported = (& "$Bundle\innerspace.com" --version).Trim()
if ($Reported -ne "InnerSpace $Version") { throw "--version printed '$Reported'" }
Invoke-Native "$Bundle\innerspace.com" --smoke-test
# The windowed exe has no console, so its check reads the exit code, with a time limit.
$Run = Start-Process -FilePath "$Bundle\InnerSpace.exe" -ArgumentList "--smoke-test" -PassThru
$null = $Run.Handle  # without a handle taken now, ExitCode reads as empty after the exit
if (-not $Run.WaitForExit(120000)) { $Run.Kill(); throw "InnerSpace.exe --smoke-test hung" }
if ($Run.ExitCode -ne 0) { throw "InnerSpace.exe --smoke-test exited with $($Run.ExitCode)" }
Remove-Item Env:QT_QPA_PLATFORM

Step "Signing the programs"
Sign @("$Bundle\InnerSpace.exe", "$Bundle\innerspace.com")

Step "Licence notices and SBOM"
Invoke-Native $Python packaging\notices.py $Bundle build\notices
Copy-Item build\notices\THIRD-PARTY-NOTICES.txt, build\notices\sbom.cdx.json, LICENSE $Bundle
Copy-Item build\notices\sbom.cdx.json "dist\innerspace-$Version-windows-x64.cdx.json"

Step "Portable zip"
$Zip = "dist\InnerSpace-$Version-windows-x64-portable.zip"
if (Test-Path $Zip) { Remove-Item $Zip }
Compress-Archive -Path "$Bundle\*" -DestinationPath $Zip
Write-Host $Zip

Step "Installer"
$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue)
$Iscc = if ($Iscc) { $Iscc.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
Invoke-Native $Iscc /Q "/DAppVersion=$Version" "/DNumericVersion=$NumericVersion" `
    packaging\windows\innerspace.iss
$Setup = "dist\InnerSpace-$Version-windows-x64-setup.exe"
Sign @($Setup)
if ($Pfx) { Remove-Item $Pfx }
Write-Host $Setup
