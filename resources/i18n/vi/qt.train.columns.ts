<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.columns</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Fold the training settings away to give the curves more room.</source>
        <translation>Thu gọn phần cài đặt huấn luyện để các đường cong có thêm chỗ.</translation>
    </message>
    <message>
        <source>Show the training settings again.</source>
        <translation>Hiện lại phần cài đặt huấn luyện.</translation>
    </message>
</context>
</TS>
