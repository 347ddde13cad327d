<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers</name>
    <message>
        <source>this deskdl cannot train a {kind} yet (its trainer {trainer} is missing)</source>
        <translation>bản deskdl này chưa huấn luyện được {kind} (thiếu bộ huấn luyện {trainer} của nó)</translation>
    </message>
    <message>
        <source>update deskdl, or pick another kind of project</source>
        <translation>hãy cập nhật deskdl, hoặc chọn một loại dự án khác</translation>
    </message>
</context>
</TS>
