// One Chromium and one host are shared by the test classes; running them one after another keeps a 2-core CI calm.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
