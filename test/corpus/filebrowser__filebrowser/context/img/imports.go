// Import list of package img in img of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package img

import (
	_ "bytes"
	_ "context"
	_ "database/sql/driver"
	_ "errors"
	_ "fmt"
	_ "github.com/disintegration/imaging"
	_ "github.com/dsoprea/go-exif/v3"
	_ "github.com/dsoprea/go-exif/v3/common"
	_ "github.com/marusama/semaphore/v2"
	_ "image"
	_ "io"
)
