<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.workers</name>
    <message>
        <source>Training failed.</source>
        <translation>Huấn luyện không thành công.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>the {what} of {run} is no longer kept; train again</source>
        <translation>{what} của {run} không còn được giữ lại; hãy huấn luyện lại</translation>
    </message>
</context>
</TS>
