<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.canvas.roles</name>
    <message>
        <source>Showing the {title}: it {help}.</source>
        <translation>Đang hiện {title}: nó {help}.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Mạng:</translation>
    </message>
    <message>
        <source>Edit the {role} ({help})</source>
        <translation>Sửa {role} ({help})</translation>
    </message>
    <message>
        <source>one of the project networks</source>
        <translation>một trong các mạng của dự án</translation>
    </message>
    <message>
        <source>Showing the {role}.</source>
        <translation>Đang hiện {role}.</translation>
    </message>
</context>
</TS>
