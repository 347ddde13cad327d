<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.keras_sets</name>
    <message>
        <source>the {name} files hold different numbers of images and labels</source>
        <translation>các tệp {name} có số ảnh và số nhãn khác nhau</translation>
    </message>
    <message>
        <source>copy the files again; one may be incomplete</source>
        <translation>hãy chép lại các tệp; có thể một tệp chưa đầy đủ</translation>
    </message>
    <message>
        <source>word numbers (4..{last} for words, 2 for a rare word, 1 marks the start), padded with 0 at the front to {maxlen} words; feed them to an Embedding layer</source>
        <translation>số thứ tự của từ (4..{last} cho các từ, 2 cho một từ hiếm, 1 đánh dấu chỗ bắt đầu), đệm số 0 ở đầu cho đủ {maxlen} từ; hãy đưa chúng vào một lớp Embedding</translation>
    </message>
    <message>
        <source>70,000 handwritten digits 0-9 as 28x28 grey pictures (60,000 for training). The classic first data set of deep learning. Licence: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes).</source>
        <translation>70.000 chữ số viết tay 0-9 dưới dạng ảnh xám 28x28 (60.000 ảnh để huấn luyện). Tập dữ liệu đầu tiên kinh điển của học sâu. Giấy phép: CC BY-SA 3.0 (Yann LeCun và Corinna Cortes).</translation>
    </message>
    <message>
        <source>70,000 28x28 grey pictures of clothes and shoes in 10 classes (shirts, trousers, bags...). Harder than digits. Licence: MIT (Zalando SE).</source>
        <translation>70.000 ảnh xám 28x28 về quần áo và giày dép thuộc 10 lớp (class) (áo sơ mi, quần dài, túi xách...). Khó hơn chữ số. Giấy phép: MIT (Zalando SE).</translation>
    </message>
    <message>
        <source>60,000 tiny 32x32 colour photos in 10 classes: planes, cars, birds, cats, deer, dogs, frogs, horses, ships and trucks. Much harder: needs a real CNN and patience on a CPU.</source>
        <translation>60.000 ảnh màu nhỏ 32x32 thuộc 10 lớp (class): máy bay, ô tô, chim, mèo, hươu, chó, ếch, ngựa, tàu thủy và xe tải. Khó hơn nhiều: cần một mạng CNN thực thụ và sự kiên nhẫn khi chạy trên CPU.</translation>
    </message>
    <message>
        <source>50,000 film reviews from IMDB, labelled positive or negative. Each review is a list of word numbers: 0 pads short reviews, 1 marks the start, 2 stands for a rare word left out of the vocabulary, and the words themselves are numbered by how common they are from 4 on (4 is the most common word, &apos;the&apos;). An Embedding layer turns them into vectors.</source>
        <translation>50.000 bài nhận xét phim từ IMDB, được gán nhãn tích cực hoặc tiêu cực. Mỗi bài là một dãy số thứ tự của từ: 0 để đệm các bài ngắn, 1 đánh dấu chỗ bắt đầu, 2 thay cho một từ hiếm bị bỏ khỏi bộ từ vựng, còn các từ được đánh số theo độ phổ biến, từ 4 trở đi (4 là từ phổ biến nhất, &apos;the&apos;). Một lớp Embedding biến chúng thành các vectơ.</translation>
    </message>
    <message>
        <source>Use only this many training examples (0 = all). Fewer makes training quicker on a CPU.</source>
        <translation>Chỉ dùng chừng này mẫu dữ liệu huấn luyện (0 = tất cả). Ít hơn thì huấn luyện trên CPU nhanh hơn.</translation>
    </message>
    <message>
        <source>Use only this many test examples (0 = all).</source>
        <translation>Chỉ dùng chừng này mẫu kiểm tra (0 = tất cả).</translation>
    </message>
    <message>
        <source>MNIST digits (28x28)</source>
        <translation>Chữ số MNIST (28x28)</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28)</source>
        <translation>Fashion-MNIST (28x28)</translation>
    </message>
    <message>
        <source>CIFAR-10 photos (32x32 colour)</source>
        <translation>Ảnh CIFAR-10 (màu 32x32)</translation>
    </message>
    <message>
        <source>IMDB film reviews</source>
        <translation>Nhận xét phim IMDB</translation>
    </message>
    <message>
        <source>Keep only the most common words; rarer ones become 2.</source>
        <translation>Chỉ giữ các từ phổ biến nhất; các từ hiếm hơn thành số 2.</translation>
    </message>
    <message>
        <source>Reviews are cut or padded to this many words.</source>
        <translation>Các bài nhận xét được cắt bớt hoặc đệm thêm cho đủ chừng này từ.</translation>
    </message>
</context>
</TS>
