<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.experiments.scrub</name>
    <message>
        <source>Scrub through training: the decision boundary (or a GAN&apos;s or VAE&apos;s samples, or the attention maps) here and the Inspect tab&apos;s filters, histograms and gradient norms move to the chosen epoch together.</source>
        <translation>Tua qua quá trình huấn luyện: ranh giới quyết định (hoặc các mẫu của GAN hay VAE, hoặc các bản đồ chú ý) ở đây cùng các bộ lọc, biểu đồ tần suất (histogram) và độ lớn gradient của thẻ Khảo sát cùng chuyển đến epoch đã chọn.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
</context>
</TS>
