from edtrainer.cli import main

raise SystemExit(main())
