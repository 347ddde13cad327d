<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.gan</name>
    <message>
        <source>Generator</source>
        <translation>Bộ sinh</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>Bộ phân biệt</translation>
    </message>
    <message>
        <source>turns a noise vector (its Input) into a sample shaped like the data</source>
        <translation>biến một vectơ nhiễu (lớp Input của nó) thành một mẫu có hình dạng giống dữ liệu</translation>
    </message>
    <message>
        <source>reads a sample and gives 1 number: real (1) or fake (0)</source>
        <translation>đọc một mẫu và cho ra 1 số: thật (1) hay giả (0)</translation>
    </message>
    <message>
        <source>Mode collapse: the samples have lost their variety (they differ {ratio:.0%} as much as real samples do, down from {best:.0%}).</source>
        <translation>Sụp đổ chế độ (mode collapse): các mẫu sinh ra đã mất sự đa dạng (độ khác nhau giữa chúng chỉ bằng {ratio:.0%} so với giữa các mẫu thật, giảm từ {best:.0%}).</translation>
    </message>
    <message>
        <source>The generator found a few outputs that fool the discriminator and makes only those, whatever the noise says. The discriminator will learn to reject them and the generator then jumps to another few, round and round. Try a smaller learning rate for the generator, more discriminator steps per round (algorithm.d_steps), label smoothing, or a larger noise vector.</source>
        <translation>Bộ sinh (generator) đã tìm ra vài đầu ra đánh lừa được bộ phân biệt (discriminator) và chỉ tạo ra những thứ đó, bất kể nhiễu đầu vào là gì. Bộ phân biệt sẽ học cách loại chúng, rồi bộ sinh lại nhảy sang vài đầu ra khác, cứ thế xoay vòng. Hãy thử một tốc độ học (learning rate) nhỏ hơn cho bộ sinh, nhiều bước huấn luyện bộ phân biệt hơn mỗi vòng (algorithm.d_steps), làm mềm nhãn (label smoothing), hoặc một vectơ nhiễu lớn hơn.</translation>
    </message>
    <message>
        <source>The samples still look alike (they differ {ratio:.0%} as much as real samples do): early on a generator makes much the same picture for any noise. Variety should grow as it learns; if it stays this low, that is mode collapse.</source>
        <translation>Các mẫu sinh ra vẫn còn giống nhau (độ khác nhau giữa chúng bằng {ratio:.0%} so với giữa các mẫu thật): lúc đầu bộ sinh tạo ra gần như cùng một hình với bất kỳ nhiễu nào. Sự đa dạng sẽ tăng dần khi nó học; nếu vẫn thấp như thế này thì đó là sụp đổ chế độ (mode collapse).</translation>
    </message>
    <message>
        <source>Variety: the samples differ {ratio:.0%} as much as real samples do (100% is like the data).</source>
        <translation>Độ đa dạng: độ khác nhau giữa các mẫu sinh ra bằng {ratio:.0%} so với giữa các mẫu thật (100% là giống dữ liệu).</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(chưa biết)</translation>
    </message>
    <message>
        <source>the GAN has no generator: it needs a generator and a discriminator</source>
        <translation>GAN chưa có bộ sinh (generator): nó cần một bộ sinh và một bộ phân biệt (discriminator)</translation>
    </message>
    <message>
        <source>the GAN has no discriminator: it needs a discriminator and a generator</source>
        <translation>GAN chưa có bộ phân biệt (discriminator): nó cần một bộ phân biệt và một bộ sinh (generator)</translation>
    </message>
    <message>
        <source>switch the Build tab to {title} and draw one that {help}, or start from a GAN template</source>
        <translation>hãy chuyển thẻ Xây dựng sang {title} và vẽ một mạng {help}, hoặc bắt đầu từ một mẫu GAN</translation>
    </message>
    <message>
        <source>the generator has {n} Inputs, but it takes one: the noise vector</source>
        <translation>bộ sinh có {n} lớp Input, nhưng nó chỉ nhận một: vectơ nhiễu</translation>
    </message>
    <message>
        <source>keep exactly one Input in the generator, shaped (noise size,), for example (32,)</source>
        <translation>hãy giữ đúng một lớp Input trong bộ sinh, có hình dạng (kích thước nhiễu,), ví dụ (32,)</translation>
    </message>
    <message>
        <source>the generator&apos;s Input {id} has shape {shape}, but its noise must be a flat vector</source>
        <translation>lớp Input {id} của bộ sinh có hình dạng {shape}, nhưng nhiễu của nó phải là một vectơ phẳng</translation>
    </message>
    <message>
        <source>set its shape to one number, for example (32,)</source>
        <translation>hãy đặt shape của nó thành một số, ví dụ (32,)</translation>
    </message>
    <message>
        <source>the generator has {n} outputs, but it must make one sample</source>
        <translation>bộ sinh có {n} đầu ra, nhưng nó phải tạo ra một mẫu</translation>
    </message>
    <message>
        <source>link every branch into one last layer</source>
        <translation>hãy nối mọi nhánh vào một lớp cuối cùng</translation>
    </message>
    <message>
        <source>the discriminator has {n} outputs, but it must give one verdict</source>
        <translation>bộ phân biệt có {n} đầu ra, nhưng nó phải đưa ra một phán quyết</translation>
    </message>
    <message>
        <source>link every branch into one last Dense layer with 1 unit</source>
        <translation>hãy nối mọi nhánh vào một lớp Dense cuối cùng có 1 unit</translation>
    </message>
    <message>
        <source>the discriminator has {n} Inputs, but it reads one sample</source>
        <translation>bộ phân biệt có {n} lớp Input, nhưng nó đọc một mẫu</translation>
    </message>
    <message>
        <source>keep exactly one Input, shaped like the data</source>
        <translation>hãy giữ đúng một lớp Input, có hình dạng giống dữ liệu</translation>
    </message>
    <message>
        <source>add a Reshape to {shape} at the end of the generator</source>
        <translation>hãy thêm một Reshape thành {shape} ở cuối bộ sinh</translation>
    </message>
    <message>
        <source>give {id} {n} units and add a Reshape to {shape} after it</source>
        <translation>hãy cho {id} {n} units và thêm một Reshape thành {shape} sau nó</translation>
    </message>
    <message>
        <source>give {id} {n} units</source>
        <translation>hãy cho {id} {n} units</translation>
    </message>
    <message>
        <source>change the generator&apos;s last layers so it ends in shape {shape}</source>
        <translation>hãy đổi các lớp cuối của bộ sinh để nó kết thúc với hình dạng {shape}</translation>
    </message>
    <message>
        <source>the generator makes samples of shape {shape}, but the data&apos;s samples have shape {data}</source>
        <translation>bộ sinh tạo ra các mẫu có hình dạng {shape}, nhưng các mẫu của dữ liệu có hình dạng {data}</translation>
    </message>
    <message>
        <source>the discriminator&apos;s Input {id} takes shape {shape}, but it must read samples shaped like the data, {data}</source>
        <translation>lớp Input {id} của bộ phân biệt nhận hình dạng {shape}, nhưng nó phải đọc các mẫu có hình dạng giống dữ liệu, {data}</translation>
    </message>
    <message>
        <source>set the shape of {id} to {shape}</source>
        <translation>hãy đặt shape của {id} thành {shape}</translation>
    </message>
    <message>
        <source>the discriminator&apos;s Input {id} takes shape {shape}, but the generator makes samples of shape {made}</source>
        <translation>lớp Input {id} của bộ phân biệt nhận hình dạng {shape}, nhưng bộ sinh tạo ra các mẫu có hình dạng {made}</translation>
    </message>
    <message>
        <source>the discriminator ends in shape {shape}, but it must give 1 number per sample (how real it looks)</source>
        <translation>bộ phân biệt kết thúc với hình dạng {shape}, nhưng nó phải cho 1 số cho mỗi mẫu (mẫu trông thật đến đâu)</translation>
    </message>
    <message>
        <source>end it with a Dense layer of 1 unit (sigmoid) after {id}</source>
        <translation>hãy kết thúc nó bằng một lớp Dense có 1 unit (sigmoid) sau {id}</translation>
    </message>
    <message>
        <source>end it with Flatten and a Dense layer of 1 unit (sigmoid)</source>
        <translation>hãy kết thúc nó bằng Flatten và một lớp Dense có 1 unit (sigmoid)</translation>
    </message>
    <message>
        <source>set {id}&apos;s units to 1 (activation sigmoid)</source>
        <translation>hãy đặt units của {id} thành 1 (activation sigmoid)</translation>
    </message>
    <message>
        <source>the discriminator&apos;s last activation is {act}, but its output is read as a probability (sigmoid) or a logit (linear)</source>
        <translation>hàm kích hoạt cuối của bộ phân biệt là {act}, nhưng đầu ra của nó được đọc như một xác suất (sigmoid) hoặc một logit (linear)</translation>
    </message>
    <message>
        <source>set {id}&apos;s activation to sigmoid</source>
        <translation>hãy đặt activation của {id} thành sigmoid</translation>
    </message>
</context>
</TS>
