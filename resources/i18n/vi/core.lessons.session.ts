<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.session</name>
    <message>
        <source>Read this step, then go on.</source>
        <translation>Hãy đọc bước này, rồi đi tiếp.</translation>
    </message>
</context>
</TS>
