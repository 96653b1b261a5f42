from photocall.cli import main

raise SystemExit(main())
