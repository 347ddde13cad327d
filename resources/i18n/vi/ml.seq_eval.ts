<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.seq_eval</name>
    <message>
        <source>the project&apos;s data is not a text: choose &apos;Folk tunes in ABC&apos; or &apos;Your text&apos;</source>
        <translation>dữ liệu của dự án không phải văn bản: hãy chọn &apos;Nhạc dân gian ABC&apos; hoặc &apos;Văn bản của bạn&apos;</translation>
    </message>
    <message>
        <source>the model gives answers of shape {shape} but the data&apos;s answers have the shape {data_shape}: a sequence-to-sequence model needs one answer per step</source>
        <translation>mô hình cho câu trả lời có hình dạng {shape} nhưng câu trả lời của dữ liệu có hình dạng {data_shape}: một mô hình chuỗi sang chuỗi (sequence-to-sequence) cần một câu trả lời cho mỗi bước</translation>
    </message>
</context>
</TS>
