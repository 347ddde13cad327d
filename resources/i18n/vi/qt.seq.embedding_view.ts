<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.embedding_view</name>
    <message>
        <source>The Embedding layer&apos;s vectors appear here while the model trains.</source>
        <translation>Các vectơ của lớp Embedding hiện ở đây trong khi mô hình huấn luyện.</translation>
    </message>
    <message>
        <source>Each label is one character (or word) at its Embedding vector, flattened to 2-D by PCA (the two directions in which the vectors differ most). Characters the model uses alike drift together: digits, note letters, header letters. Neighbours are measured on the full vectors.</source>
        <translation>Mỗi nhãn là một ký tự (hoặc một từ) đặt tại vectơ Embedding của nó, được ép xuống 2 chiều bằng PCA (hai hướng mà các vectơ khác nhau nhiều nhất). Những ký tự mà mô hình dùng giống nhau sẽ dạt lại gần nhau: chữ số, chữ cái nốt nhạc, chữ cái tiêu đề. Các láng giềng được đo trên vectơ đầy đủ.</translation>
    </message>
    <message>
        <source>Each word sits at its Embedding vector, flattened to 2-D. Words the model uses alike drift together: praise (good, lovely) to one side, complaint (bad, dull) to the other, &apos;not&apos; beside &apos;never&apos;. Scroll to zoom.</source>
        <translation>Mỗi từ nằm tại vectơ Embedding của nó, được ép xuống 2 chiều. Những từ mà mô hình dùng giống nhau sẽ dạt lại gần nhau: lời khen (good, lovely) về một phía, lời chê (bad, dull) về phía kia, &apos;not&apos; cạnh &apos;never&apos;. Cuộn chuột để phóng to.</translation>
    </message>
    <message>
        <source>Each token (here a digit) sits at its Embedding vector, flattened to 2-D. Tokens the model uses alike drift together as it learns. Scroll to zoom.</source>
        <translation>Mỗi token (ở đây là một chữ số) nằm tại vectơ Embedding của nó, được ép xuống 2 chiều. Những token mà mô hình dùng giống nhau sẽ dạt lại gần nhau trong khi nó học. Cuộn chuột để phóng to.</translation>
    </message>
    <message>
        <source>Flattened by PCA: the two directions in which the vectors differ most (each axis says its share of the spread). Neighbours: cosine similarity on the full vectors, not on the map.</source>
        <translation>Ép phẳng bằng PCA: hai hướng mà các vectơ khác nhau nhiều nhất (mỗi trục ghi phần độ phân tán của nó). Láng giềng: độ tương đồng cosin trên vectơ đầy đủ, không phải trên bản đồ.</translation>
    </message>
    <message>
        <source>Nearest neighbours of</source>
        <translation>Láng giềng gần nhất của</translation>
    </message>
    <message>
        <source>PCA axis 1 ({share:.0%} of the spread)</source>
        <translation>Trục PCA 1 ({share:.0%} độ phân tán)</translation>
    </message>
    <message>
        <source>PCA axis 2 ({share:.0%} of the spread)</source>
        <translation>Trục PCA 2 ({share:.0%} độ phân tán)</translation>
    </message>
    <message>
        <source>{n} vectors of {size} numbers after {epochs:g} epochs.</source>
        <translation>{n} vectơ, mỗi vectơ {size} số, sau {epochs:g} epoch.</translation>
    </message>
    <message>
        <source>{n} vectors of {size} numbers.</source>
        <translation>{n} vectơ, mỗi vectơ {size} số.</translation>
    </message>
</context>
</TS>
