/* An empty ICU data library for the bundle (the same as ICU's own "stubdata").

   Qt's PySide6 build links ICU, whose data library is 31 MB. The app needs none of that data:
   the Unicode properties and normalization it uses are compiled into libicuuc, and collation,
   codepage converters and ICU time zones are never called. build_installer.py compiles this
   into libicudata.so.<major> when gcc is present; the smoke test then runs the bundled app
   through every page in both languages and renders a Vietnamese PDF with it. */
#include <stdint.h>

#ifndef ICU_MAJOR
#error "compile with -DICU_MAJOR=73 (the major version of the libicuuc.so.N it replaces data for)"
#endif
#define PASTE(a, b, c) a##b##c
#define ENTRY(major) PASTE(icudt, major, _dat)

typedef struct {
    uint16_t size, reserved_word;
    uint8_t is_big_endian, charset_family, sizeof_uchar, reserved_byte;
    uint8_t data_format[4], format_version[4], data_version[4];
} UDataInfo;

typedef struct {
    uint16_t header_size;
    uint8_t magic1, magic2;
    UDataInfo info;
    char padding[8];
    uint32_t count, reserved;
    uint64_t fake_name_and_data[2];
} IcuDataHeader;

__attribute__((visibility("default"))) const IcuDataHeader ENTRY(ICU_MAJOR) = {
    32, 0xda, 0x27,
    {sizeof(UDataInfo), 0, 0, 0 /* ASCII family */, 2, 0, {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0, 0, 0, 0, 0, 0, 0, 0},
    0, 0,
    {0, 0},
};
