<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.bias_data</name>
    <message>
        <source>Made-up 28x28 pictures of circles, squares, triangles and crosses in two styles: normal, as in the shapes data set, or inverted like a photographic negative (every value turned around, so the background is high and the shape low). In the training part only a few pictures (2% by default) are inverted; the test part has as many of each style. A classifier trained on it is worse on the rare style: the data set is biased, though no label says so. The lesson &apos;Debiasing with a VAE&apos; uses it.</source>
        <translation>Ảnh 28x28 tự tạo gồm hình tròn, hình vuông, tam giác và dấu chữ thập theo hai kiểu: bình thường, như trong tập dữ liệu hình khối, hoặc đảo màu như phim âm bản (mọi giá trị bị lật ngược, nên nền sáng còn hình tối). Trong phần huấn luyện chỉ có ít ảnh (mặc định 2%) bị đảo màu; phần kiểm tra có số ảnh mỗi kiểu bằng nhau. Một bộ phân loại huấn luyện trên tập này kém hơn với kiểu hiếm: tập dữ liệu bị thiên lệch, dù không nhãn nào nói ra điều đó. Bài học &apos;Debiasing with a VAE&apos; dùng tập này.</translation>
    </message>
</context>
</TS>
