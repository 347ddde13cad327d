<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.points2d</name>
    <message>
        <source>How many points to draw in all (train + test).</source>
        <translation>Tổng số điểm được vẽ (huấn luyện + kiểm tra).</translation>
    </message>
    <message>
        <source>How much the points are jittered: 0 = clean, 0.5 = very noisy.</source>
        <translation>Mức xê dịch ngẫu nhiên của các điểm: 0 = sạch, 0.5 = rất nhiễu.</translation>
    </message>
    <message>
        <source>Share of the blue (1) points kept, the others left out: 1 = all of them; 0.1 = one in ten, so blue is rare (an imbalanced data set).</source>
        <translation>Tỉ lệ điểm xanh (1) được giữ lại, số còn lại bị bỏ đi: 1 = giữ tất cả; 0.1 = giữ một phần mười, nên điểm xanh hiếm (một tập dữ liệu mất cân bằng).</translation>
    </message>
    <message>
        <source>Give the training points each other&apos;s labels at random (the test points keep their true ones): nothing about a point tells its label any more, so a model can only learn the training labels by heart.</source>
        <translation>Tráo nhãn ngẫu nhiên giữa các điểm huấn luyện (điểm kiểm tra giữ nhãn thật): không còn gì ở một điểm cho biết nhãn của nó, nên mô hình chỉ có thể học thuộc lòng các nhãn huấn luyện.</translation>
    </message>
    <message>
        <source>x and y coordinates, already in about -1..1</source>
        <translation>tọa độ x và y, vốn đã nằm trong khoảng -1..1</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Hình tròn</translation>
    </message>
    <message>
        <source>A blue disc of points inside an orange ring. One straight line cannot separate them, but a small hidden layer can draw a closed boundary around the middle.</source>
        <translation>Một đĩa điểm xanh nằm trong một vành điểm cam. Một đường thẳng không tách được chúng, nhưng một lớp ẩn nhỏ có thể vẽ một ranh giới khép kín quanh phần giữa.</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>Hoặc loại trừ (XOR)</translation>
    </message>
    <message>
        <source>Four squares: blue where both coordinates have the same sign, orange where they differ. The classic problem a single neuron cannot solve.</source>
        <translation>Bốn ô vuông: xanh khi hai tọa độ cùng dấu, cam khi chúng khác dấu. Bài toán kinh điển mà một nơ-ron đơn lẻ không giải được.</translation>
    </message>
    <message>
        <source>Two clusters</source>
        <translation>Hai cụm</translation>
    </message>
    <message>
        <source>Two round clouds of points, one per class. With little noise a single straight line separates them; more noise makes them overlap.</source>
        <translation>Hai đám điểm tròn, mỗi lớp (class) một đám. Khi ít nhiễu, một đường thẳng tách được chúng; nhiễu nhiều hơn làm chúng chồng lên nhau.</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Xoắn ốc</translation>
    </message>
    <message>
        <source>Two spirals wound into each other. The hardest Playground set: it needs several layers of neurons and patient training.</source>
        <translation>Hai đường xoắn ốc cuộn vào nhau. Tập khó nhất của Playground: cần vài lớp nơ-ron và huấn luyện kiên nhẫn.</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>Mặt phẳng (hồi quy)</translation>
    </message>
    <message>
        <source>Predict a number that rises evenly from one corner to the other. A single linear neuron is enough.</source>
        <translation>Dự đoán một số tăng đều từ góc này sang góc kia. Một nơ-ron tuyến tính là đủ.</translation>
    </message>
    <message>
        <source>Hills and valleys (regression)</source>
        <translation>Đồi và thung lũng (hồi quy)</translation>
    </message>
    <message>
        <source>Predict the height of a surface with three hills and three valleys. Needs hidden neurons to bend the fit.</source>
        <translation>Dự đoán độ cao của một bề mặt có ba ngọn đồi và ba thung lũng. Cần các nơ-ron ẩn để uốn cong đường khớp.</translation>
    </message>
    <message>
        <source>Ring of 8 clouds</source>
        <translation>Vòng 8 đám mây điểm</translation>
    </message>
    <message>
        <source>Eight small round clouds of points on a circle, numbered 0 to 7: the classic test of a GAN. A generator that has learnt the data puts points in every cloud; one that puts them in only a few has collapsed onto those modes.</source>
        <translation>Tám đám điểm tròn nhỏ trên một vòng tròn, đánh số 0 đến 7: bài kiểm tra kinh điển cho một GAN (mạng đối sinh). Một bộ sinh (generator) đã học được dữ liệu sẽ đặt điểm vào mọi đám; bộ sinh chỉ đặt điểm vào vài đám là đã sụp về các mode đó (mode collapse).</translation>
    </message>
    <message>
        <source>How spread each cloud is: 0 = tight (0.05 across), 1 = wide.</source>
        <translation>Độ tỏa của mỗi đám: 0 = gọn (rộng 0.05), 1 = rộng.</translation>
    </message>
</context>
</TS>
