from innerspace.app import main

raise SystemExit(main())
