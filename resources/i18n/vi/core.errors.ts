<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.errors</name>
    <message>
        <source>What to do: {fix}</source>
        <translation>Cách khắc phục: {fix}</translation>
    </message>
    <message>
        <source>the computer ran out of memory for this model and batch size</source>
        <translation>máy tính đã hết bộ nhớ cho mô hình và kích thước lô (batch size) này</translation>
    </message>
    <message>
        <source>halve the batch size, or use fewer filters or units, or smaller images; nothing was lost: your model and settings are unchanged</source>
        <translation>hãy giảm kích thước lô đi một nửa, hoặc dùng ít filters hay units hơn, hoặc ảnh nhỏ hơn; không có gì bị mất: mô hình và thiết lập của bạn vẫn nguyên vẹn</translation>
    </message>
    <message>
        <source>the app is fine and nothing was lost; &apos;Show details&apos; has the full technical report</source>
        <translation>ứng dụng vẫn ổn và không có gì bị mất; &apos;Hiện chi tiết&apos; có toàn bộ báo cáo kỹ thuật</translation>
    </message>
    <message>
        <source>training stopped with an error: {name}: {first}</source>
        <translation>việc huấn luyện đã dừng vì một lỗi: {name}: {first}</translation>
    </message>
</context>
</TS>
