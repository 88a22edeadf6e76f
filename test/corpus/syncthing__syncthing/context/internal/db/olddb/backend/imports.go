// Import list of package backend in internal/db/olddb/backend of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package backend

import (
	_ "errors"
	_ "github.com/syndtr/goleveldb/leveldb"
	_ "github.com/syndtr/goleveldb/leveldb/iterator"
	_ "github.com/syndtr/goleveldb/leveldb/opt"
	_ "github.com/syndtr/goleveldb/leveldb/util"
	_ "sync"
)
