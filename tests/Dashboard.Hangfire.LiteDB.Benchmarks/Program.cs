Console.WriteLine("Benchmarks arrive with the LiteDB storage issue.");
