#pragma once

namespace corridor {

// Called first thing in main(): no core dumps (they would write decrypted case files and
// keys to disk) and no ptrace attach by other processes of the same user.
void hardenProcess();

} // namespace corridor
