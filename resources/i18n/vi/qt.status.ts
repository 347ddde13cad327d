<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.status</name>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Device: loading…</source>
        <translation>Thiết bị: đang tải…</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Thiết bị: {device}</translation>
    </message>
    <message>
        <source>Device: none (TensorFlow did not load)</source>
        <translation>Thiết bị: không có (TensorFlow không tải được)</translation>
    </message>
    <message>
        <source>TensorFlow {tensorflow} · Keras {keras}</source>
        <translation>TensorFlow {tensorflow} · Keras {keras}</translation>
    </message>
    <message>
        <source>TensorFlow is loading in the background. You can build models meanwhile.</source>
        <translation>TensorFlow đang được tải ở chế độ nền. Trong lúc chờ, bạn vẫn xây dựng mô hình được.</translation>
    </message>
</context>
</TS>
