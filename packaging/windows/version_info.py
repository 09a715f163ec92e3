"""The version resource of claim-reader.exe, shown in its Properties > Details on Windows."""

from PyInstaller.utils.win32.versioninfo import (FixedFileInfo, StringFileInfo, StringStruct,
                                                 StringTable, VarFileInfo, VarStruct,
                                                 VSVersionInfo)

US_ENGLISH_UNICODE = ("040904B0", [0x0409, 1200])


def version_info(version: str) -> VSVersionInfo:
    """The version resource for a version such as "0.1.0"."""
    numbers = tuple(int(part) for part in (version.split(".") + ["0"] * 4)[:4])
    strings = {
        "CompanyName": "Claim Reader",
        "FileDescription": "Claim Reader",
        "FileVersion": version,
        "InternalName": "claim-reader",
        "LegalCopyright": "MIT License",
        "OriginalFilename": "claim-reader.exe",
        "ProductName": "Claim Reader",
        "ProductVersion": version,
    }
    table, translation = US_ENGLISH_UNICODE
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[StringFileInfo([StringTable(table, [StringStruct(k, v) for k, v in strings.items()])]),
              VarFileInfo([VarStruct("Translation", translation)])],
    )
