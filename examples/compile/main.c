/* Prints the machine it runs on and a checksum that must be the same on every platform. */
#include <inttypes.h>
#include <stdio.h>
#include <sys/utsname.h>

uint64_t run_units(uint64_t seed);

int main(void) {
  struct utsname u;
  uname(&u);
  printf("%s checksum %016" PRIx64 "\n", u.machine, run_units(42));
  return 0;
}
