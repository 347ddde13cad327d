<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.estimate</name>
    <message>
        <source>About {time} per epoch on {device} (timed over 1 training step; the first epoch adds about {warmup} to prepare them).</source>
        <translation>Khoảng {time} cho mỗi epoch trên {device} (đo qua 1 bước huấn luyện; epoch đầu tiên tốn thêm khoảng {warmup} để chuẩn bị các bước).</translation>
    </message>
    <message>
        <source>About {time} per epoch on {device} (timed over {n} training steps; the first epoch adds about {warmup} to prepare them).</source>
        <translation>Khoảng {time} cho mỗi epoch trên {device} (đo qua {n} bước huấn luyện; epoch đầu tiên tốn thêm khoảng {warmup} để chuẩn bị các bước).</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>một khoảng thời gian chưa biết</translation>
    </message>
</context>
</TS>
