<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.targets</name>
    <message>
        <source>data.target is {target!r}, but deskdl knows only {known}</source>
        <translation>data.target là {target!r}, nhưng deskdl chỉ biết {known}</translation>
    </message>
    <message>
        <source>use &quot;labels&quot; to predict the data set&apos;s answers, or &quot;inputs&quot; to rebuild the input (an autoencoder)</source>
        <translation>hãy dùng &quot;labels&quot; để dự đoán đáp án của tập dữ liệu, hoặc &quot;inputs&quot; để dựng lại đầu vào (một bộ tự mã hóa (autoencoder))</translation>
    </message>
</context>
</TS>
