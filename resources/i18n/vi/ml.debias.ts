<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.debias</name>
    <message>
        <source>the debiasing lesson needs the data set &apos;Biased shapes&apos;, whose pictures know their subgroup (the rare style), but this project uses {dataset!r}</source>
        <translation>bài học khử thiên lệch cần tập dữ liệu &apos;Hình khối lệch&apos;, có ảnh biết nhóm con của mình (kiểu hiếm), nhưng dự án này dùng {dataset!r}</translation>
    </message>
    <message>
        <source>choose &apos;Biased shapes (28x28, a rare style)&apos; in the Data tab</source>
        <translation>hãy chọn &apos;Hình khối lệch (28x28, kiểu hiếm)&apos; trong thẻ Dữ liệu</translation>
    </message>
</context>
</TS>
