<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.gan</name>
    <message>
        <source>the GAN cannot train: {problem}</source>
        <translation>GAN không thể huấn luyện: {problem}</translation>
    </message>
</context>
</TS>
