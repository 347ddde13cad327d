<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.latent_explorer</name>
    <message>
        <source>Train a variational autoencoder (or an autoencoder) first: its code space appears here.</source>
        <translation>Hãy huấn luyện một bộ tự mã hóa biến phân (VAE) (hoặc một bộ tự mã hóa) trước: không gian mã của nó hiện ở đây.</translation>
    </message>
    <message>
        <source>Encoding the test pictures…</source>
        <translation>Đang mã hóa các ảnh kiểm tra…</translation>
    </message>
    <message>
        <source>Each dot is a test picture&apos;s code (the mean the encoder gives it), coloured by its class. Move the pointer anywhere on the plane to see the picture the decoder makes from that point. The KL term packs the codes into one round cloud around 0, so there are no holes: points between the clusters decode to in-between pictures that still look like the data. Beta trades one for the other: a larger beta gives a smoother plane and blurrier pictures, a smaller one sharper pictures and a lumpier plane.</source>
        <translation>Mỗi chấm là mã của một ảnh kiểm tra (giá trị trung bình bộ mã hóa cho nó), tô màu theo lớp (class). Di chuột tới bất kỳ đâu trên mặt phẳng để xem ảnh bộ giải mã tạo từ điểm đó. Số hạng KL dồn các mã thành một đám tròn quanh 0, nên không có lỗ hổng: các điểm giữa các cụm giải mã thành ảnh trung gian vẫn giống dữ liệu. Beta đánh đổi hai điều: beta lớn hơn cho mặt phẳng mượt hơn và ảnh mờ hơn, beta nhỏ hơn cho ảnh nét hơn và mặt phẳng lổn nhổn hơn.</translation>
    </message>
    <message>
        <source>Each dot is a test picture&apos;s code, coloured by its class. Move the pointer anywhere on the plane to see the picture the decoder makes from that point. A plain autoencoder only learnt to decode the codes of its training pictures: the space between and around the clusters is full of holes, and codes there decode to smudges that look like nothing in the data. A variational autoencoder&apos;s KL term fills those holes.</source>
        <translation>Mỗi chấm là mã của một ảnh kiểm tra, tô màu theo lớp (class). Di chuột tới bất kỳ đâu trên mặt phẳng để xem ảnh bộ giải mã tạo từ điểm đó. Một bộ tự mã hóa thường chỉ học giải mã các mã của ảnh huấn luyện: khoảng giữa và quanh các cụm đầy lỗ hổng, và mã ở đó giải mã thành những vệt nhòe chẳng giống gì trong dữ liệu. Số hạng KL của bộ tự mã hóa biến phân lấp các lỗ hổng đó.</translation>
    </message>
    <message>
        <source>The code numbers: the pointer sets the two on the plane, the sliders set the others.</source>
        <translation>Các số mã: con trỏ đặt hai số trên mặt phẳng, các thanh trượt đặt các số còn lại.</translation>
    </message>
    <message>
        <source>Decode a grid</source>
        <translation>Giải mã một lưới</translation>
    </message>
    <message>
        <source>Decodes a 10 x 10 grid of codes over the plane and draws each picture where its code is.</source>
        <translation>Giải mã một lưới 10 x 10 mã trên mặt phẳng và vẽ mỗi ảnh tại vị trí mã của nó.</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Đi</translation>
    </message>
    <message>
        <source>Decodes 10 codes on the straight line between the two test pictures&apos; codes.</source>
        <translation>Giải mã 10 mã trên đường thẳng nối mã của hai ảnh kiểm tra.</translation>
    </message>
    <message>
        <source>Walk from test picture</source>
        <translation>Đi từ ảnh kiểm tra</translation>
    </message>
    <message>
        <source>code ({x:.2f}, {y:.2f})</source>
        <translation>mã ({x:.2f}, {y:.2f})</translation>
    </message>
    <message>
        <source>The explorer could not decode: {message}</source>
        <translation>Trình khám phá không giải mã được: {message}</translation>
    </message>
    <message>
        <source>The code number drawn across the plane</source>
        <translation>Số mã vẽ theo chiều ngang mặt phẳng</translation>
    </message>
    <message>
        <source>The code number drawn up the plane</source>
        <translation>Số mã vẽ theo chiều dọc mặt phẳng</translation>
    </message>
    <message>
        <source>code number {i}</source>
        <translation>số mã {i}</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Ngang:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Dọc:</translation>
    </message>
    <message>
        <source>The code plane</source>
        <translation>Mặt phẳng mã</translation>
    </message>
    <message>
        <source>code number 1</source>
        <translation>số mã 1</translation>
    </message>
    <message>
        <source>code number 2</source>
        <translation>số mã 2</translation>
    </message>
    <message>
        <source>The decoder&apos;s picture of the code under the pointer</source>
        <translation>Ảnh của bộ giải mã cho mã dưới con trỏ</translation>
    </message>
    <message>
        <source>Code numbers</source>
        <translation>Các số mã</translation>
    </message>
    <message>
        <source>The number of a test picture (0 is the first)</source>
        <translation>Số thứ tự của một ảnh kiểm tra (0 là ảnh đầu tiên)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tới</translation>
    </message>
    <message>
        <source>From the first test picture&apos;s code (left) to the second&apos;s (right)</source>
        <translation>Từ mã của ảnh kiểm tra thứ nhất (trái) tới mã của ảnh thứ hai (phải)</translation>
    </message>
    <message>
        <source>Code number {i} (a VAE&apos;s codes follow N(0, 1): beyond ±2 is already rare)</source>
        <translation>Số mã {i} (mã của VAE theo N(0, 1): ngoài ±2 đã hiếm)</translation>
    </message>
    <message>
        <source>test pictures</source>
        <translation>ảnh kiểm tra</translation>
    </message>
</context>
</TS>
