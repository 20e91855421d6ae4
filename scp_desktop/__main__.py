from scp_desktop.cli import main

raise SystemExit(main())
