<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.runs</name>
    <message>
        <source>Tick runs to overlay their curves and compare them. The newest run is on top.</source>
        <translation>Chọn các lần chạy để chồng đường cong của chúng lên nhau và so sánh. Lần chạy mới nhất ở trên cùng.</translation>
    </message>
</context>
</TS>
