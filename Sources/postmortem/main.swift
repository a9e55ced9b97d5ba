import PostmortemCLI

PostmortemCommand.main()
