<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.vae</name>
    <message>
        <source>a variational autoencoder needs a latent node, a Sampling layer, and this model has none, so nothing adds the KL term and there is no code to decode from</source>
        <translation>bộ tự mã hóa biến phân (VAE) cần một nút ẩn (latent), tức một lớp Sampling, mà mô hình này không có, nên không có gì cộng thêm số hạng KL và không có mã nào để giải mã</translation>
    </message>
    <message>
        <source>put a Sampling layer in the middle: encoder -&gt; Dense(mean) and Dense(log_var) (the same units, linear) -&gt; Sampling -&gt; decoder; or make the project a plain autoencoder</source>
        <translation>đặt một lớp Sampling ở giữa: bộ mã hóa -&gt; Dense(mean) và Dense(log_var) (cùng số units, tuyến tính) -&gt; Sampling -&gt; bộ giải mã; hoặc đổi dự án thành bộ tự mã hóa thường</translation>
    </message>
    <message>
        <source>the latent node {node} is a {kind}, not a Sampling layer</source>
        <translation>nút ẩn {node} là một lớp {kind}, không phải lớp Sampling</translation>
    </message>
    <message>
        <source>set algorithm.latent to a Sampling node ({nodes})</source>
        <translation>đặt algorithm.latent thành một nút Sampling ({nodes})</translation>
    </message>
    <message>
        <source>add one</source>
        <translation>hãy thêm một nút</translation>
    </message>
    <message>
        <source>the latent node {node} is not in the model</source>
        <translation>nút ẩn {node} không có trong mô hình</translation>
    </message>
    <message>
        <source>set algorithm.latent to a Sampling node&apos;s id ({nodes})</source>
        <translation>đặt algorithm.latent thành id của một nút Sampling ({nodes})</translation>
    </message>
    <message>
        <source>the model has {n} Sampling layers ({nodes}), so deskdl cannot tell which one is the code</source>
        <translation>mô hình có {n} lớp Sampling ({nodes}), nên deskdl không biết lớp nào là mã</translation>
    </message>
    <message>
        <source>set algorithm.latent to the id of the one to decode from</source>
        <translation>đặt algorithm.latent thành id của lớp dùng để giải mã</translation>
    </message>
    <message>
        <source>this model has no middle layer to decode from (a code that the rest of the network rebuilds the input from)</source>
        <translation>mô hình này không có lớp giữa nào để giải mã (một mã mà phần còn lại của mạng dùng để dựng lại đầu vào)</translation>
    </message>
    <message>
        <source>draw an encoder that narrows to a small Dense layer (the code), then a decoder</source>
        <translation>vẽ một bộ mã hóa thu hẹp dần đến một lớp Dense nhỏ (mã), rồi một bộ giải mã</translation>
    </message>
    <message>
        <source>the decoder layer {node} also takes {other}, which comes before the code, so the decoder cannot run on a code alone</source>
        <translation>lớp giải mã {node} còn nhận {other}, là lớp nằm trước mã, nên bộ giải mã không chạy được chỉ với một mã</translation>
    </message>
    <message>
        <source>feed the decoder only from the Sampling layer (remove links that skip over it)</source>
        <translation>chỉ nối bộ giải mã từ lớp Sampling (xóa các liên kết đi vòng qua nó)</translation>
    </message>
    <message>
        <source>VAE settings: {problem}</source>
        <translation>Thiết lập VAE: {problem}</translation>
    </message>
    <message>
        <source>change it in the Train tab&apos;s settings</source>
        <translation>sửa nó trong phần thiết lập của thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>the trained model has no layer {node} or its inputs ({error})</source>
        <translation>mô hình đã huấn luyện không có lớp {node} hoặc các đầu vào của nó ({error})</translation>
    </message>
    <message>
        <source>train the model again after changing its graph</source>
        <translation>huấn luyện lại mô hình sau khi đổi đồ thị của nó</translation>
    </message>
    <message>
        <source>the decoder could not be cut at {latent}: {node} failed ({error})</source>
        <translation>không tách được bộ giải mã tại {latent}: {node} bị lỗi ({error})</translation>
    </message>
    <message>
        <source>feed the decoder only from the Sampling layer</source>
        <translation>chỉ nối bộ giải mã từ lớp Sampling</translation>
    </message>
    <message>
        <source>nothing after the latent node {node} reaches the model&apos;s output, so there is no decoder</source>
        <translation>không có gì sau nút ẩn {node} đi tới đầu ra của mô hình, nên không có bộ giải mã</translation>
    </message>
    <message>
        <source>connect the Sampling layer to the layers that rebuild the picture</source>
        <translation>nối lớp Sampling với các lớp dựng lại bức ảnh</translation>
    </message>
</context>
</TS>
