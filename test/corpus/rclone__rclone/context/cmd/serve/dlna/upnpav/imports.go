// Import list of package upnpav in cmd/serve/dlna/upnpav of rclone/rclone (the import blocks of its non-test files; no code kept)
package upnpav

import (
	_ "encoding/xml"
	_ "time"
)
