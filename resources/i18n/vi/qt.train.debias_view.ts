<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.debias_view</name>
    <message>
        <source>Press Start: the run trains a VAE, then the classifier twice.</source>
        <translation>Nhấn Bắt đầu: lần chạy huấn luyện một VAE, rồi bộ phân loại hai lần.</translation>
    </message>
    <message>
        <source>Part 1 of 3: a VAE learns the training pictures, without their labels (epoch {n} of {of}).</source>
        <translation>Phần 1/3: một VAE học các ảnh huấn luyện, không có nhãn (epoch {n}/{of}).</translation>
    </message>
    <message>
        <source>Part 2 of 3: the classifier learns the data as it is (epoch {n} of {of}).</source>
        <translation>Phần 2/3: bộ phân loại học dữ liệu như vốn có (epoch {n}/{of}).</translation>
    </message>
    <message>
        <source>Part 3 of 3: the same classifier, same seed, with each picture weighted by how rare the VAE finds it (epoch {n} of {of}).</source>
        <translation>Phần 3/3: cùng bộ phân loại, cùng seed, mỗi ảnh được đánh trọng số theo mức hiếm mà VAE thấy ở nó (epoch {n}/{of}).</translation>
    </message>
    <message>
        <source>Done: the bars compare the two classifiers on the balanced test pictures. The Evaluate tab shows the weights and the pictures that got the most.</source>
        <translation>Xong: các cột so sánh hai bộ phân loại trên các ảnh kiểm tra cân bằng. Thẻ Đánh giá cho thấy các trọng số và những ảnh nhận nhiều nhất.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#999999&apos;&gt;■&lt;/span&gt; without weights &amp;nbsp; &lt;span style=&apos;color:#0072B2&apos;&gt;■&lt;/span&gt; with weights</source>
        <translation>&lt;span style=&apos;color:#999999&apos;&gt;■&lt;/span&gt; không trọng số &amp;nbsp; &lt;span style=&apos;color:#0072B2&apos;&gt;■&lt;/span&gt; có trọng số</translation>
    </message>
    <message>
        <source>Why: only a few training pictures are inverted (drawn like a photo negative), so a classifier that learns from the data as it is mostly learns the common style and gets the rare one wrong more often. No label says which style a picture has, but a VAE that learns to rebuild the pictures gives them codes, and rare pictures get codes few others share. Giving each picture the weight 1 / (how common its code is), and drawing the pictures of each epoch by weight, makes the rare ones come up more often, so they count more (Amini et al., 2019). Weighting cannot add what the data lacks: with very few rare pictures, the gain is small and changes from seed to seed.</source>
        <translation>Vì sao: chỉ vài ảnh huấn luyện bị đảo màu (như âm bản), nên một bộ phân loại học từ dữ liệu như vốn có chủ yếu học kiểu phổ biến và hay đoán sai kiểu hiếm hơn. Không nhãn nào cho biết ảnh thuộc kiểu nào, nhưng một VAE học tái tạo các ảnh sẽ cho chúng các mã, và ảnh hiếm nhận những mã ít ảnh khác có. Cho mỗi ảnh trọng số 1 / (mức phổ biến của mã của nó), và rút các ảnh của mỗi epoch theo trọng số, làm ảnh hiếm xuất hiện thường hơn, nên chúng được tính nhiều hơn (Amini và cộng sự, 2019). Đánh trọng số không thể thêm điều dữ liệu còn thiếu: khi có rất ít ảnh hiếm, lợi ích nhỏ và thay đổi theo seed.</translation>
    </message>
    <message>
        <source>The rare style ({rare}) is {share:.0%} of the training pictures but gets {weight:.0%} of the weight: {rare_mean:.2f} on average against {common_mean:.2f} for {common}. {top} of the {n} most up-weighted pictures are of the rare style.</source>
        <translation>Kiểu hiếm ({rare}) chiếm {share:.0%} số ảnh huấn luyện nhưng nhận {weight:.0%} tổng trọng số: trung bình {rare_mean:.2f} so với {common_mean:.2f} của {common}. {top} trong {n} ảnh được tăng trọng số nhiều nhất thuộc kiểu hiếm.</translation>
    </message>
    <message>
        <source>{acc:.0%} ({change:+.0f} points)</source>
        <translation>{acc:.0%} ({change:+.0f} điểm)</translation>
    </message>
    <message>
        <source>Accuracy without → with weights. </source>
        <translation>Độ chính xác không → có trọng số. </translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Độ chính xác kiểm tra</translation>
    </message>
    <message>
        <source>Stopped: the figures so far stay.</source>
        <translation>Đã dừng: các số liệu đến giờ được giữ lại.</translation>
    </message>
</context>
</TS>
