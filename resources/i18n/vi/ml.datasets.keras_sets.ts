<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.keras_sets</name>
    <message>
        <source>word numbers (4..{last} for words, 2 for a rare word, 1 marks the start), padded with 0 at the front to {maxlen} words; feed them to an Embedding layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70,000 handwritten digits 0-9 as 28x28 grey pictures (60,000 for training). The classic first data set of deep learning. Licence: CC BY-SA 3.0 (Yann LeCun and Corinna Cortes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>70,000 28x28 grey pictures of clothes and shoes in 10 classes (shirts, trousers, bags...). Harder than digits. Licence: MIT (Zalando SE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60,000 tiny 32x32 colour photos in 10 classes: planes, cars, birds, cats, deer, dogs, frogs, horses, ships and trucks. Much harder: needs a real CNN and patience on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50,000 film reviews from IMDB, labelled positive or negative. Each review is a list of word numbers: 0 pads short reviews, 1 marks the start, 2 stands for a rare word left out of the vocabulary, and the words themselves are numbered by how common they are from 4 on (4 is the most common word, &apos;the&apos;). An Embedding layer turns them into vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only this many training examples (0 = all). Fewer makes training quicker on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only this many test examples (0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST digits (28x28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST (28x28)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIFAR-10 photos (32x32 colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMDB film reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the most common words; rarer ones become 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews are cut or padded to this many words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
